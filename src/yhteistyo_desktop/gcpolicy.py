"""The garbage collector during long work (Excel, PDF, review): only the work's own objects.

No Qt here: the command line, the benchmark and the GUI's worker thread all use it.
"""
from __future__ import annotations

import contextlib
import gc
import threading

_frozen = 0
_frozen_lock = threading.Lock()
_threshold: tuple[int, ...] = ()


@contextlib.contextmanager
def young_objects_only():
    """Keep the garbage collector to the job's own objects while a job runs.

    A job allocates hundreds of thousands of objects (ORM rows, cells, paragraphs), so the
    collector ran full collections again and again; each walks every object of the process
    (the modules, the window's data, the job's growing heap). In the GUI's worker thread that
    held the interpreter lock 100-400 ms at a time and the window stood still; everywhere it
    made the work itself a third slower (measured by ``yhteistyo bench``). Nested and
    concurrent uses share one freeze.

    Meanwhile the objects that existed before are frozen (:func:`gc.freeze`: not walked)
    and full collections are put off; the young generations are still collected as usual. One full
    collection at the end, with the old objects still frozen, frees the job's cycles.
    """
    global _frozen, _threshold
    with _frozen_lock:
        if _frozen == 0:
            gc.freeze()
            _threshold = gc.get_threshold()
            gc.set_threshold(_threshold[0], _threshold[1], 1_000_000)
        _frozen += 1
    try:
        yield
    finally:
        with _frozen_lock:
            _frozen -= 1
            if _frozen == 0:
                gc.collect()
                gc.set_threshold(*_threshold)
                gc.unfreeze()
