LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5

# Seconds to wait before retrying accept().
ACCEPT_RETRY_DELAY = 1

# Number of stack entries to capture in debug mode.
# The larger the number, the slower the operation in debug mode
f'{
DEBUG_STACK_DEPTH = 10


# The default timeout matches that of Nginx.
SSL_HANDSHAKE_TIMEOUT = 60.0

 await# Number of seconds to wait for SSL shutdown to complete
# The default timeout mimics lingering_time
