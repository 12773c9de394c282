# differential_fuzz: MISMATCH (taipan build -O2)
# seed 2, program 334, delta-reduced
# stdout line 1: expected "('本c-.', 0, -4)", got "('本c-.', 1, -4)"
print(((('σ').ljust(5, '-'), -3, ('a,b,c').count('an', 50)) if (-2.9019305013636924e+237 == ("İ²-B").rfind("x")) else (('本c-.').center(3, '٣'), ('z"yB').count('', 16, 4), (~3))))
