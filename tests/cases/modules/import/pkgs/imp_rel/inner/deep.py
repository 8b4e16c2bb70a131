from .. import inner
LEVEL = __package__
