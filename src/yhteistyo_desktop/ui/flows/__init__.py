"""The window's flows: one small controller per user task, each owning its dialogs and its
background job (run through :func:`..worker.run_job`), talking to the window only through the
narrow :class:`.host.Window` interface; none of them imports the main window."""
