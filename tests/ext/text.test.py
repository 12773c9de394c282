# Drives the module `text` from CPython (plain or compiled by `taipan ext`).
import text

sample = "It was the best of times, it was the worst of times; it was the age of wisdom. " * 20
print(text.word_counts(sample))
secret = text.caesar("Attack at dawn, Zebra!", 5)
print(secret, text.caesar(secret, 21))
print(text.is_palindrome("A man, a plan, a canal: Panama"), text.is_palindrome("native code"))
print(text.caesar("é and ü stay", 1))
# More than the native output buffer holds at once, in characters of two
# bytes, on its way to sys.stdout.
print(text.echo_lines("héllo wörld ü", 9000))
