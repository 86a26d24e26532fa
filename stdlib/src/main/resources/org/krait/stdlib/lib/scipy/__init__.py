"""Krait's SciPy: only what programs use with numpy arrays most (scipy.io.wavfile)."""
__version__ = '1.10.1'
