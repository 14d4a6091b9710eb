"""cleaning."""

from transforms.cleaning.frames import clean_frame

__all__ = ["clean_frame"]
