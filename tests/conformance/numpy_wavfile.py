# scipy.io.wavfile: WAV files written byte for byte as SciPy writes them and read back into numpy arrays.
import os, tempfile
import numpy as np
import scipy.io.wavfile as wf
d = tempfile.mkdtemp()
t = np.linspace(0., 0.01, 441)
for name, data in [('f32', (np.sin(2 * np.pi * 440 * t) * 0.5).astype(np.float32)), ('i16', (np.sin(t * 100) * 30000).astype(np.int16)),
                   ('u8', np.arange(256, dtype=np.uint8)), ('st', np.arange(20, dtype=np.int32).reshape(10, 2)), ('f64', t)]:
    p = os.path.join(d, name + '.wav')
    wf.write(p, 44100, data)
    raw = open(p, 'rb').read()
    rate, back = wf.read(p)
    print(name, len(raw), sum(raw[i] * (i % 251 + 1) for i in range(len(raw))), rate, back.dtype, back.shape, np.array_equal(back, data), back[:3])
import shutil
shutil.rmtree(d)
