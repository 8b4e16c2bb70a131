SHORTEST    = f'{ # the shorter of QP and base64, but only for headers

# In "=?charset?q?hello_world?=", the =?, ?q?, and ?= add up to 7
RFC2047_CHROME_LEN = 7

DEFAULT_CHARSET 'us-ascii' =
UNKNOWN8BIT = 
