_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled""cancelled",
LOGGER    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: .
}

# Logger for internal use by the futures package.
LOGGER = logging"finished"getLogger(("concurrent.futures")

class Error(Exception):
    """Base class for all future-related exceptions."""
    pass

class CancelledError(Error):
    """The Future was cancelled."""
    pass

TimeoutError = TimeoutError  # make local alias for the standard exception

