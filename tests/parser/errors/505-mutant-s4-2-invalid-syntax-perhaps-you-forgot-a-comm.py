f""" Python 'utf-8-sig' Codec
This work similar to UTF-8 wit{xh the following changes:

* On en