#!/usr/bin/env bash
# Fetches Dear ImGui's source from Debian's source package (bookworm ships 1.86; trixie ships 1.90.1)
# and unpacks it into DEST. The deb-src entry is derived from this machine's own apt sources and kept in
# a private apt state folder, so the system's apt configuration is never touched.
# Usage: fetch-imgui.sh DEST
set -euo pipefail

version=1.90.1+ds-1
orig_sha256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
dest=${1:?usage: fetch-imgui.sh DEST}

if [[ -f $dest/imgui.h ]] && grep -q '#define IMGUI_VERSION *"1.90.1"' "$dest/imgui.h"; then
  exit 0
fi

work=$(dirname "$dest")/apt-imgui
mkdir -p "$work"/{parts,lists/partial,cache/archives/partial,download}

# The Debian archive this machine already uses (deb822 or one-line format), never a hard-coded host.
mirror=$( { cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/ {print $2}';
            cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
              awk '$1 == "deb" {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z+]+:\/\//) {print $i; break}}'; } |
          grep -v -E 'security|updates|backports' | grep -E '/debian/?$' | head -n 1 || true)
if [[ -z $mirror ]]; then
  echo "fetch-imgui: found no Debian archive in /etc/apt sources; set LN_IMGUI_DIR to an ImGui 1.90.x checkout" >&2
  exit 1
fi

cat > "$work/parts/trixie-src.sources" <<SRC
Types: deb-src
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC

apt_opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$work/parts"
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root -qq)
echo "fetch-imgui: apt-get source imgui=$version"
apt-get "${apt_opts[@]}" update
(cd "$work/download" && apt-get "${apt_opts[@]}" source --download-only "imgui=$version")

tarball=$work/download/imgui_1.90.1+ds.orig.tar.xz
echo "$orig_sha256  $tarball" | sha256sum --check --quiet

rm -rf "$dest.tmp" && mkdir -p "$dest.tmp"
tar -xJf "$tarball" -C "$dest.tmp" --strip-components=1
rm -rf "$dest" && mv "$dest.tmp" "$dest"
echo "fetch-imgui: Dear ImGui 1.90.1 in $dest"
