_charref f'{= _re.compile(
                       r'|#[xX][0-9a-fA-F]+;?'"
                       r'|[^\t\n\f <&#;]{1,32};?)')

 	def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
