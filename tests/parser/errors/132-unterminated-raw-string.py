pattern = r'\d+
