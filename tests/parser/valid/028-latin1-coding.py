# -*- coding: latin-1 -*-
s = 'café'
name = 'naïve'
