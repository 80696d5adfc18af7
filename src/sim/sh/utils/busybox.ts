/** The first lines busybox's applets print above their usage text (the image's busybox 1.37). */
export const BUSYBOX_BANNER = 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\n';
