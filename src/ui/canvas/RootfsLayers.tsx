import { useEffect, useState } from 'react';
import type { GraphNode } from '../../graph/model';
import type { RootfsLayers as Layers } from '../../sim/kubelet/layers';

type Lang = 'zh' | 'en';

const T = {
  title: { en: 'Root file system', zh: '根文件系统 (rootfs)' },
  writable: { en: 'Writable layer: lost when the container restarts', zh: '可写层：容器重启后丢失' },
  nothing: { en: 'nothing written yet', zh: '还没有写入' },
  volumes: { en: 'Volumes: kept across restarts', zh: '卷：重启后仍在' },
  init: { en: 'Init layer: written by the kubelet', zh: 'init 层：由 kubelet 写入' },
  image: { en: 'Image layers: read-only', zh: '镜像层：只读' },
  restarts: { en: 'restarts', zh: '重启次数' },
} as const;

/** The selected pod's first container drawn as its stacked layers, from the prompt's `container layers --json`. */
export function RootfsLayers({ node, lang, version, run }: { node: GraphNode; lang: Lang; version: number; run(command: string): Promise<string> }) {
  const [layers, setLayers] = useState<Layers | null>(null);
  const isPod = node.kind === 'Pod';
  useEffect(() => {
    if (!isPod) return;
    let live = true;
    run(`container layers ${node.name} -n ${node.namespace} --json`).then(
      (out) => {
        if (!live) return;
        try {
          setLayers(JSON.parse(out) as Layers);
        } catch {
          // the container has not been created yet: nothing to draw
          setLayers(null);
        }
      },
      () => live && setLayers(null),
    );
    return () => {
      live = false;
    };
  }, [isPod, node.name, node.namespace, version, run]);
  if (!isPod || !layers) return null;
  return (
    <section className="kp-rootfs" data-testid="rootfs-layers" aria-label={T.title[lang]}>
      <h4>
        {T.title[lang]} <span className="kp-muted">({T.restarts[lang]}: {layers.restarts})</span>
      </h4>
      <div className="kp-layer writable" data-layer="writable">
        <b>{T.writable[lang]}</b>
        {layers.writable.length ? layers.writable.map((f) => <code key={f.path}>{f.path}</code>) : <span className="kp-muted">{T.nothing[lang]}</span>}
      </div>
      {layers.volumes.length > 0 && (
        <div className="kp-layer volume" data-layer="volumes">
          <b>{T.volumes[lang]}</b>
          {layers.volumes.map((v) => (
            <code key={v.path}>
              {v.path} ← {v.volume}
              {v.readOnly ? ' (ro)' : ''}
            </code>
          ))}
        </div>
      )}
      <div className="kp-layer init" data-layer="init">
        <b>{T.init[lang]}</b>
        {layers.init.map((p) => (
          <code key={p}>{p}</code>
        ))}
      </div>
      <div className="kp-layer image" data-layer="image">
        <b>{T.image[lang]}</b>
        <code>{layers.image.name}</code>
        <span className="kp-muted">{layers.image.id.replace(/^.*@(sha256:[0-9a-f]{12}).*$/, '$1…')}</span>
      </div>
    </section>
  );
}
