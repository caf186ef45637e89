#!/usr/bin/env bash
# Validates the desktop entry and AppStream metainfo with the distribution's tools.
set -euo pipefail
dir=$1
desktop-file-validate "$dir/org.mailwarden.Mailwarden.desktop"
appstreamcli validate --no-net --pedantic --explain "$dir/org.mailwarden.Mailwarden.metainfo.xml"
