# container_fuzz: CRASH (compiler internal error).  An empty set() whose element type only a
# later assignment fixes, zipped into a list of tuples, makes codegen emit invalid IR
# (same family as 001/002: the element type of an untyped empty literal).
# Expected (CPython): [(2, 0.5)]
# Actual (taipan build): error[internal]: LLVM rejected the generated IR: Invalid InsertValueInst operands!
p = list(zip([1], set()))
p = [(2, 0.5)]
print(p)
