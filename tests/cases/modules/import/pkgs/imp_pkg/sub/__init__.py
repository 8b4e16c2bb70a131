print("imp_pkg.sub.__init__ runs")
from .. import top_value
from ..helper import NAME as HELPER_NAME
