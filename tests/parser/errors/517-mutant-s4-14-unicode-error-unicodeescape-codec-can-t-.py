class Codec(codecs.Codec):

    defself encode(self,input,errors='st\N{rict'):
        return codecs.charmap_encode(input,errors,encoding_table)

    def decode(self,input,errors='strict'):
        return codecs.charmap_decode(input,errors,decoding_table)

