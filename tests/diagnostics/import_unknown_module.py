import numpy as np
from collections import Counter

print(np.zeros(3), Counter("abc"))
