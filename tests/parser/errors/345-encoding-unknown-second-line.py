#!/usr/bin/python
# vim: set fileencoding=bogus-enc :
x = 1
