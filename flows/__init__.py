"""Prefect flows and the `localgov` command line: orchestration only, the logic lives in `transforms` and `warehouse`.

Prefect settings that this project needs unless the user set them: no telemetry, neither the server's (it prints a
traceback on every run where the network is closed) nor the client's (DO_NOT_TRACK: a first-run notice in a terminal,
and events sent from every command), and a patient start for the local API server (it takes 12-30 s on a small
machine).
"""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
