/** The time controls' words in both languages. */
export const TIME_TEXT = {
  play: { en: 'Play', zh: '播放' },
  pause: { en: 'Pause', zh: '暂停' },
  step: { en: 'Step 1 s', zh: '前进 1 秒' },
  speed: { en: 'Speed', zh: '速度' },
  clock: { en: 'Virtual time', zh: '虚拟时间' },
  paused: { en: 'Paused', zh: '已暂停' },
  pausedTitle: { en: 'The cluster\'s time is stopped: nothing happens until you press Play or +1s', zh: '集群的时间停住了：按“播放”或 +1s 之前什么都不会发生' },
} as const;
