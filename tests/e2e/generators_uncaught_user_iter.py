class Playlist:
    def __init__(self, songs):
        self.songs = songs
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.songs):
            raise StopIteration
        song = self.songs[self.pos]
        self.pos += 1
        return song


p = Playlist(["intro", "verse", "chorus"])
print("now playing:", next(p))
for song in p:
    print("then:", song)
print("replay?", list(p))
print("skipping ahead...")
print(next(p))
