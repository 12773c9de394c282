# hashlib digests of fixed bytes plus base64/hex encodings and an HMAC signature
import hashlib
import hmac
import base64
import binascii

messages = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", "caf\u00e9".encode("utf-8")]
for m in messages:
    print(f"{m[:20]!r:<24} sha256={hashlib.sha256(m).hexdigest()[:32]}...")
print("md5  :", hashlib.md5(b"hello world").hexdigest())
print("sha1 :", hashlib.sha1(b"hello world").hexdigest())
print("sha512 prefix:", hashlib.sha512(b"hello world").hexdigest()[:40])
print("blake2b-16:", hashlib.blake2b(b"hello world", digest_size=16).hexdigest())

h = hashlib.sha256()
for chunk in [b"The quick ", b"brown fox ", b"jumps over the lazy dog"]:
    h.update(chunk)
print("incremental matches:", h.hexdigest() == hashlib.sha256(messages[2]).hexdigest(), h.digest_size, h.name)
print("pbkdf2:", hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, dklen=16).hex())

key = b"secret-key"
sig = hmac.new(key, b"amount=100&to=bob", hashlib.sha256).hexdigest()
print("hmac:", sig)
print("verify ok:", hmac.compare_digest(sig, hmac.new(key, b"amount=100&to=bob", "sha256").hexdigest()))
print("tampered ok:", hmac.compare_digest(sig, hmac.new(key, b"amount=900&to=bob", "sha256").hexdigest()))

data = b"Taipan \x00\xff binary data!"
enc = base64.b64encode(data)
print(enc, base64.b64decode(enc) == data)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe>?"), base64.b64encode(b"\xfb\xff\xfe>?"))
print(base64.b32encode(b"hello"), base64.b16encode(b"hi!"), base64.a85encode(b"text"))
for n in range(1, 6):
    print(n, base64.b64encode(b"x" * n).decode())
print(binascii.hexlify(b"\x01\xab", "-"), bytes.fromhex("deadbeef"), binascii.crc32(b"hello world"))
try:
    base64.b64decode("not*valid", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
token = base64.b64encode(hashlib.sha256(b"user:42").digest()).decode()
print("token:", token, len(token))
