"""The package's version, in a module of its own: parts of the package (the PLOVER export) can
name it without importing the package root, which imports the store and the extractor."""

__version__ = "0.1.0"
