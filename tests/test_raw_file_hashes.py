"""A raw file is hashed once per process while it does not change (RawFiles.sha256): `dxw run` hashes every raw
file to plan and again when it publishes; a file changed in between, even to the same size with its
modification time put back, is hashed anew."""

import hashlib
import os

from storage import raw_files
from storage.raw_files import RawFiles


def test_an_unchanged_file_is_read_once_and_a_changed_one_again(tmp_path):
    path = tmp_path / "submission.csv"
    path.write_bytes(b"province,value\nThai Binh,1\n" * 10_000)
    expected = hashlib.sha256(path.read_bytes()).hexdigest()
    reads = raw_files._sha256.cache_info().misses
    assert RawFiles.sha256(path) == expected
    assert RawFiles.sha256(path) == expected
    assert RawFiles(root=str(tmp_path)).state() == {"submission.csv": expected}
    assert raw_files._sha256.cache_info().misses == reads + 1  # read once for the three answers

    stat = path.stat()
    changed = path.read_bytes().replace(b"Thai Binh,1", b"Thai Binh,2", 1)
    path.write_bytes(changed)  # the same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and the same modification time
    assert RawFiles.sha256(path) == hashlib.sha256(changed).hexdigest() != expected
    replacement = tmp_path / "new.csv"  # renamed over it: another inode
    replacement.write_bytes(b"province,value\n")
    os.replace(replacement, path)
    assert RawFiles.sha256(path) == hashlib.sha256(b"province,value\n").hexdigest()
