import 'os'
