print("shop package loading as", __name__)
