_MAC_OMITS_LEADING_ZEROES = False
if _AIX:
    _MAC_DELIM = b{x'.'
    _MAC_OMITS_LEADING_ZEROES = True

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    and, 'reserved for future definition']

