# `%(name)s` takes its values from a mapping; dicts come with the next issue.
print("%(name)s is %(age)d" % 5)
