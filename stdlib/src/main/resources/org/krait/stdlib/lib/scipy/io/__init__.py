"""scipy.io: reading and writing data files (WAV)."""
from scipy.io import wavfile
