# struct.pack/unpack of binary records: headers, endianness, iter_unpack and calcsize
import struct

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<I16sdh?")

people = [(1, "alice", 1.62, -3, True), (2, "bob", 1.80, 12, False), (3, "chandrasekhar-long", 1.745, 0, True)]
payload = b"".join(RECORD.pack(pid, name.encode(), height, delta, active) for pid, name, height, delta, active in people)
blob = HEADER.pack(b"PPL1", 1, len(people), len(payload)) + payload
print("header size:", HEADER.size, "record size:", RECORD.size, "blob size:", len(blob))
print("header bytes:", blob[:HEADER.size].hex(" "))

magic, version, count, length = HEADER.unpack_from(blob, 0)
print(magic, version, count, length)
for pid, raw_name, height, delta, active in RECORD.iter_unpack(blob[HEADER.size:]):
    name = raw_name.rstrip(b"\x00").decode()
    print(f"  #{pid} {name:<16} {height:.3f} {delta:+d} {active}")

for fmt in ["i", "<i", ">i", "h", "q", "d", "f", "?", "3s", "<hd", "=hd", "@hd"]:
    print(f"calcsize({fmt!r}) = {struct.calcsize(fmt)}")

n = 0x12345678
print(struct.pack("<I", n).hex(), struct.pack(">I", n).hex(), struct.pack("!H", 513).hex())
print(struct.unpack("<h", b"\xff\xfe"), struct.unpack(">h", b"\xff\xfe"), struct.unpack("<H", b"\xff\xfe"))
print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack("<d", struct.pack("<d", 0.1))[0])
buf = bytearray(12)
struct.pack_into("<iii", buf, 0, 7, -7, 2 ** 31 - 1)
print(buf.hex(), struct.unpack("<3i", buf))
try:
    struct.pack("<h", 40000)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)
checksum = sum(blob) & 0xFFFF
print("checksum:", checksum, struct.pack(">H", checksum))
