"""LayerLab: ``python main.py`` opens the window (``--help`` lists the options)."""

import os
import sys

# One BLAS thread, set before NumPy loads: the network's matrices are small, and
# on a 2-4 core classroom machine OpenBLAS's extra threads fight the training
# thread and the views' off-thread pictures for the cores. Measured on 2 cores
# (benchmarks/bench_unit_pictures.py): one picture set 40 ms with them, 3.3 ms
# without; one training epoch 2.4 ms against 1.5 ms.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from desktop.startup.app import main  # after the line above

if __name__ == "__main__":
    sys.exit(main())
