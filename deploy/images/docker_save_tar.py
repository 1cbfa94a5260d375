"""Writes a `docker save`-format image tarball from directories, one uncompressed layer each.

Used by build-local-base.sh: Jib reads such a tarball as a base image (tar://...) with no registry
and no Docker daemon. Entries are owned by root and dated at the epoch, so the same inputs give the
same layer digests.

    python3 docker_save_tar.py OUT.tar NAME:TAG DIR [DIR...]
"""

import hashlib
import io
import json
import os
import sys
import tarfile


def layer_bytes(directory):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as layer:
        for current, dirs, files in os.walk(directory):
            dirs.sort()
            for name in sorted(dirs) + sorted(files):
                path = os.path.join(current, name)
                info = layer.gettarinfo(path, arcname=os.path.relpath(path, directory))
                info.uid = info.gid = 0
                info.uname = info.gname = "root"
                info.mtime = 0
                if info.isfile():
                    with open(path, "rb") as content:
                        layer.addfile(info, content)
                else:
                    layer.addfile(info)
    return buffer.getvalue()


def main(out, tag, directories):
    layers = [layer_bytes(directory) for directory in directories]
    diff_ids = ["sha256:" + hashlib.sha256(layer).hexdigest() for layer in layers]
    config = {
        "architecture": "amd64",
        "os": "linux",
        "config": {
            "Env": [
                "PATH=/opt/java/openjdk/bin:/usr/bin:/bin",
                "JAVA_HOME=/opt/java/openjdk",
                "LANG=C.UTF-8",
            ],
            "User": "65532:65532",
            "WorkingDir": "/home/nonroot",
        },
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
        "history": [{"created_by": "deploy/images/build-local-base.sh"} for _ in layers],
    }
    config_bytes = json.dumps(config, sort_keys=True).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    layer_names = [diff_id.split(":")[1] + "/layer.tar" for diff_id in diff_ids]
    manifest = [{"Config": config_name, "RepoTags": [tag], "Layers": layer_names}]
    with tarfile.open(out, mode="w") as image:
        def add(name, data):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            image.addfile(info, io.BytesIO(data))

        add(config_name, config_bytes)
        for name, layer in zip(layer_names, layers):
            add(name, layer)
        add("manifest.json", json.dumps(manifest).encode())


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
