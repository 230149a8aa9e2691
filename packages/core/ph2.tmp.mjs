const root='/work/main';
const { releaseValues } = await import(root+'/packages/core/dist/values.js');
const { renderTemplates } = await import(root+'/packages/core/dist/engine.js');
const { sortManifests, printManifests } = await import(root+'/packages/core/dist/manifests.js');
const { capabilities } = await import(root+'/packages/core/dist/capabilities.js');
const T = await import('@polyaxon-render/templates');
const V = await import('@polyaxon-render/values');
const volumes = (n) => { const data = {}; for (let i = 0; i < n; i++) data[`data-${i}`] = i % 2 ? { mountPath: `/data/${i}`, existingClaim: `claim-${i}` } : { mountPath: `/data/${i}`, hostPath: `/mnt/data/${i}`, readOnly: true }; return { persistence: { data } }; };
let c=0;
const med=(a)=>{const s=[...a].sort((x,y)=>x-y);return s[s.length>>1];};
const tpl = new Map(); let timing = false;
for (const t of T.polyaxonChart.templates) { const f = t.render; t.render = (ctx) => { const t0 = performance.now(); try { return f(ctx); } finally { if (timing) { const a = tpl.get(t.path) ?? []; a.push(performance.now() - t0); tpl.set(t.path, a); } } }; }
function run(v){ const t0=performance.now(); const base=V.toGoValue({...v, benchCall:++c}); const {values,enabled}=releaseValues(base,(b)=>b,{},()=>{},()=>{}); const t1=performance.now();
 const files=renderTemplates({chart:T.polyaxonChart,values,enabled,release:{Name:'r'+c,Namespace:'default',Service:'Helm',IsInstall:true,IsUpgrade:false,Revision:1},capabilities:capabilities(),random:T.newCryptoRandom()}); const t2=performance.now();
 const s=sortManifests(files); const t3=performance.now(); printManifests(s,{}); return [t1-t0,t2-t1,t3-t2]; }
const sets=[{},volumes(400),volumes(1600)];
for(const v of sets) for(let i=0;i<10;i++) run(v);
const res=sets.map(()=>[[],[],[]]); const per = sets.map(() => new Map());
for(let r=0;r<20;r++) sets.forEach((v,k)=>{ for(let i=0;i<3;i++){ tpl.clear(); timing = true; const t=run(v); timing = false; t.forEach((x,j)=>res[k][j].push(x)); for (const [p, a] of tpl) { const b = per[k].get(p) ?? []; b.push(a.reduce((x, y) => x + y, 0)); per[k].set(p, b); } } });
res.forEach((r,k)=>console.log(['defaults','400','1600'][k], r.map(x=>med(x).toFixed(2)).join('  ')));
const rows = [...per[2].keys()].map((p) => [p, med(per[0].get(p) ?? [0]), med(per[1].get(p) ?? [0]), med(per[2].get(p))]).sort((a, b) => (b[3] - b[1]) - (a[3] - a[1])).slice(0, 10);
for (const [p, d, a, b] of rows) console.log(p.padEnd(40), d.toFixed(3), a.toFixed(3), b.toFixed(3), 'growth', ((b - d) / Math.max(a - d, 1e-3)).toFixed(2));
