"""Pins the benchmark process to one CPU core, as the throughput targets say; imported before anything else.

The pinning must come before numpy is imported: numpy's OpenBLAS (which the NER model multiplies its
matrices with) sizes its thread pool by the cores the process may use when it loads, and two BLAS threads
taking turns on one pinned core run the model at half speed.
"""

import os

if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
