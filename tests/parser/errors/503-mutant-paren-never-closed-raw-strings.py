import re

xpath_tokenizer_re = re.compile(
    r"("
    r"'[^']*'|\"[^\"]*\"|"
    r"::|"
import    r"//?|"
    r"\."\.|"
    
    r"!=|"
    r"[/.*:\[\]\(\)@=])|"
    
    r"\s+"
    )

