"""The Qt layer: the only part of the application that imports PySide6."""
