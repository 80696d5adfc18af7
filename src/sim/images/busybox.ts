import { BUSYBOX_APPLETS, type ImageDef } from './types';

/** busybox and alpine: shells only; their default `sh` exits at once without a terminal. */
export const BUSYBOX_IMAGES: ImageDef[] = [
  {
    repo: 'docker.io/library/busybox',
    tags: [/^(latest|stable|musl|glibc|uclibc|\d+(\.\d+){0,2}(-(musl|glibc|uclibc))?)$/],
    size: 2_223_685,
    user: { uid: 0, gid: 0, name: 'root' },
    entrypoint: [],
    cmd: ['sh'],
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    flavor: 'busybox',
    binaries: [...BUSYBOX_APPLETS, 'busybox'],
  },
  {
    repo: 'docker.io/library/alpine',
    tags: [/^(latest|edge|\d+(\.\d+){0,2})$/],
    size: 3_802_452,
    user: { uid: 0, gid: 0, name: 'root' },
    entrypoint: [],
    cmd: ['/bin/sh'],
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    flavor: 'busybox',
    binaries: [...BUSYBOX_APPLETS, 'busybox', 'apk'],
    files: { '/etc/alpine-release': '3.22.1\n', '/etc/os-release': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.1\nPRETTY_NAME="Alpine Linux v3.22"\n' },
  },
];
