#!/usr/bin/env python

# coding: latin-1
s = 'café'
