error_class = ValueError
raise error_class
