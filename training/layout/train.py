#!/usr/bin/python3
"""Trains Recto's layout detector (a small CenterNet/TTFNet-style model) and exports it to ONNX.

Debian packages only (run with /usr/bin/python3):
    apt-get install -y --no-install-recommends python3-torch python3-torchvision python3-onnx python3-numpy

Steps (see README.md beside this file):
    pack   DS_DIR... --out data.npz    pages.u8 + labels.jsonl from DatasetExport -> one compressed npz
    train  --data data.npz --out DIR   trains, evaluates on the held-out designs, exports model.onnx

The input is LayoutInput's ink raster (1 x 512 x 384, ink/255), made in Java for training and
inference alike. Outputs at stride 4 (128 x 96 cells): `heat` (1 x 11 x 128 x 96, sigmoid
class scores) and `box` (1 x 4 x 128 x 96: left, top, right, bottom of the box predicted at each
cell, page-relative).
"""
import argparse
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

H, W = 512, 384
STRIDE = 4
HO, WO = H // STRIDE, W // STRIDE
CLASSES = [
    "TITLE", "VENDOR_BLOCK", "CUSTOMER_BLOCK", "KEY_VALUE_GROUP", "TABLE", "TOTALS_BLOCK",
    "PAYMENT_DETAILS", "TEXT", "PAGE_HEADER", "PAGE_FOOTER", "FIGURE",
]
NC = len(CLASSES)
HELD_OUT = ["d12", "d16", "d20", "d24", "d28", "d32", "d36", "d40"]
MAX_BOXES = 48


def held_out(design):
    return design.split("-")[0] in HELD_OUT


# ---------------------------------------------------------------------------------------------
# data


def read_export(ds_dir):
    """Pages and labels of one DatasetExport folder (a partial export is cut to whole pages)."""
    raw = np.fromfile(os.path.join(ds_dir, "pages.u8"), dtype=np.uint8)
    n_raster = raw.size // (H * W)
    labels = []
    with open(os.path.join(ds_dir, "labels.jsonl"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                labels.append(json.loads(line))
            except json.JSONDecodeError:
                break
    n = min(n_raster, len(labels))
    return raw[: n * H * W].reshape(n, H, W), labels[:n]


def to_box_array(labels):
    boxes = np.zeros((len(labels), MAX_BOXES, 5), dtype=np.float32)
    boxes[:, :, 0] = -1
    for i, lab in enumerate(labels):
        for j, b in enumerate(lab["boxes"][:MAX_BOXES]):
            boxes[i, j] = b
    return boxes


def pack(args):
    train_pages, train_labels, val_pages, val_labels = [], [], [], []
    for n, d in enumerate(args.dirs):
        pages, labels = read_export(d)
        tr = [i for i, lab in enumerate(labels) if not held_out(lab["design"])]
        va = [i for i, lab in enumerate(labels) if held_out(lab["design"])]
        if n > 0 and args.val_from_first:
            va = []
        if args.max_val is not None:
            va = va[: args.max_val]
        if args.max_train is not None:
            tr = tr[: args.max_train]
        train_pages.append(pages[tr])
        train_labels += [labels[i] for i in tr]
        val_pages.append(pages[va])
        val_labels += [labels[i] for i in va]
    meta = {
        "train": [[l["name"], l["design"], l["page"]] for l in train_labels],
        "val": [[l["name"], l["design"], l["page"]] for l in val_labels],
    }
    np.savez_compressed(
        args.out,
        train_x=np.concatenate(train_pages),
        train_b=to_box_array(train_labels),
        val_x=np.concatenate(val_pages),
        val_b=to_box_array(val_labels),
        meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
    )
    print(f"packed {len(train_labels)} train and {len(val_labels)} held-out pages into {args.out}"
          f" ({os.path.getsize(args.out) / 2**20:.1f} MiB)")


# ---------------------------------------------------------------------------------------------
# model


def dwsep(cin, cout, stride=1, k=3):
    return nn.Sequential(
        nn.Conv2d(cin, cin, k, stride, k // 2, groups=cin, bias=False),
        nn.BatchNorm2d(cin),
        nn.ReLU(inplace=True),
        nn.Conv2d(cin, cout, 1, bias=False),
        nn.BatchNorm2d(cout),
        nn.ReLU(inplace=True),
    )


class LayoutNet(nn.Module):
    """Depthwise-separable backbone (strides 4..64), a light top-down FPN, heads at stride 4."""

    def __init__(self, nc=NC, width=64):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(1, 16, 3, 2, 1, bias=False), nn.BatchNorm2d(16), nn.ReLU(inplace=True))
        self.s4 = nn.Sequential(dwsep(16, 32, 2), dwsep(32, 32))
        self.s8 = nn.Sequential(dwsep(32, 64, 2), dwsep(64, 64))
        self.s16 = nn.Sequential(dwsep(64, 96, 2), dwsep(96, 96, k=5), dwsep(96, 96, k=5))
        self.s32 = nn.Sequential(dwsep(96, 128, 2), dwsep(128, 128, k=5), dwsep(128, 128, k=5))
        self.s64 = nn.Sequential(dwsep(128, 128, 2), dwsep(128, 128, k=5))
        self.lat = nn.ModuleList(nn.Conv2d(c, width, 1) for c in (32, 64, 96, 128, 128))
        self.smooth = nn.ModuleList(dwsep(width, width) for _ in range(4))
        self.heat = nn.Sequential(dwsep(width, width), nn.Conv2d(width, nc, 1))
        self.reg = nn.Sequential(dwsep(width, width), nn.Conv2d(width, 4, 1))
        nn.init.constant_(self.heat[-1].bias, -2.19)
        ys, xs = torch.meshgrid(
            torch.arange(HO, dtype=torch.float32), torch.arange(WO, dtype=torch.float32),
            indexing="ij")
        self.register_buffer("cx", ((xs + 0.5) / WO)[None, None], persistent=False)
        self.register_buffer("cy", ((ys + 0.5) / HO)[None, None], persistent=False)

    def features(self, x):
        c4 = self.s4(self.stem(x))
        c8 = self.s8(c4)
        c16 = self.s16(c8)
        c32 = self.s32(c16)
        c64 = self.s64(c32)
        p = self.lat[4](c64)
        for i, c in zip((3, 2, 1, 0), (c32, c16, c8, c4)):
            p = F.interpolate(p, scale_factor=2.0, mode="nearest") + self.lat[i](c)
            p = self.smooth[i](p)
        return p

    def forward(self, x):
        """Raw outputs: heat logits and log distances (in cells) to the box edges."""
        p = self.features(x)
        return self.heat(p), self.reg(p)

    def decode_boxes(self, reg):
        d = torch.exp(reg.clamp(max=6.0))
        left = self.cx - d[:, 0:1] / WO
        top = self.cy - d[:, 1:2] / HO
        right = self.cx + d[:, 2:3] / WO
        bottom = self.cy + d[:, 3:4] / HO
        return torch.cat([left, top, right, bottom], 1).clamp(0.0, 1.0)


class Exported(nn.Module):
    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, x):
        h, r = self.net(x)
        return torch.sigmoid(h), self.net.decode_boxes(r)


# ---------------------------------------------------------------------------------------------
# targets, augmentation, loss


def make_targets(boxes, device):
    """boxes: B x M x 5 (class, l, t, r, b; class -1 = padding), page-relative."""
    b = boxes.shape[0]
    cls = boxes[:, :, 0]
    valid = cls >= 0
    l, t, r, bt = (boxes[:, :, i] for i in range(1, 5))
    w = (r - l) * WO
    h = (bt - t) * HO
    cxi = ((l + r) / 2 * WO).floor().clamp(0, WO - 1)
    cyi = ((t + bt) / 2 * HO).floor().clamp(0, HO - 1)
    sx = (0.54 * w / 6).clamp(min=0.8)
    sy = (0.54 * h / 6).clamp(min=0.8)
    xs = torch.arange(WO, device=device, dtype=torch.float32)[None, None, None, :]
    ys = torch.arange(HO, device=device, dtype=torch.float32)[None, None, :, None]
    g = torch.exp(
        -((xs - cxi[..., None, None]) ** 2) / (2 * sx[..., None, None] ** 2)
        - ((ys - cyi[..., None, None]) ** 2) / (2 * sy[..., None, None] ** 2))
    g = g * valid[..., None, None]
    heat = torch.zeros(b, NC, HO, WO, device=device)
    for c in range(NC):
        m = (cls == c)[..., None, None]
        heat[:, c] = (g * m).amax(1)
    gmax, idx = g.max(1)
    sel = torch.gather(boxes[:, :, 1:5], 1, idx.view(b, -1, 1).expand(-1, -1, 4))
    sel = sel.view(b, HO, WO, 4).permute(0, 3, 1, 2)
    weight = torch.where(gmax > 0.3, gmax, torch.zeros_like(gmax))
    return heat, sel, weight


def augment(x, boxes, gen):
    """x: B x 1 x H x W ink in [0,1] on the device; boxes as in make_targets. Returns both moved."""
    b = x.shape[0]
    dev = x.device

    def u(lo, hi, *shape):
        return torch.rand(*(shape or (b,)), device=dev, generator=gen) * (hi - lo) + lo

    scale = u(0.88, 1.12)
    aspect = u(0.94, 1.06)
    sx, sy = scale * aspect, scale / aspect
    ang = u(-2.5, 2.5) * math.pi / 180 * (u(0, 1) < 0.5)
    tx, ty = u(-0.06, 0.06), u(-0.06, 0.06)
    # forward map A (input normalised coords -> output): p_out = R S p_in + t
    cos, sin = torch.cos(ang), torch.sin(ang)
    a = torch.stack([
        torch.stack([cos * sx, -sin * sy * (H / W), tx], 1),
        torch.stack([sin * sx * (W / H), cos * sy, ty], 1)], 1)
    full = torch.cat([a, torch.tensor([0.0, 0.0, 1.0], device=dev).expand(b, 1, 3)], 1)
    inv = torch.linalg.inv(full)[:, :2]
    grid = F.affine_grid(inv, x.shape, align_corners=False)
    x = F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    # boxes: corners to normalised coords, through A, hull, back
    l, t, r, bt = (boxes[:, :, i] * 2 - 1 for i in range(1, 5))
    cx = torch.stack([l, r, r, l], -1)
    cy = torch.stack([t, t, bt, bt], -1)
    nx = a[:, 0, 0, None, None] * cx + a[:, 0, 1, None, None] * cy + a[:, 0, 2, None, None]
    ny = a[:, 1, 0, None, None] * cx + a[:, 1, 1, None, None] * cy + a[:, 1, 2, None, None]
    nl, nr = ((nx.amin(-1) + 1) / 2).clamp(0, 1), ((nx.amax(-1) + 1) / 2).clamp(0, 1)
    nt, nb = ((ny.amin(-1) + 1) / 2).clamp(0, 1), ((ny.amax(-1) + 1) / 2).clamp(0, 1)
    cls = boxes[:, :, 0]
    keep = (cls >= 0) & (nr - nl > 0.004) & (nb - nt > 0.003)
    cls = torch.where(keep, cls, torch.full_like(cls, -1))
    boxes = torch.stack([cls, nl, nt, nr, nb], -1)
    # photometric: faint toner, blur, grey paper, noise, contrast
    faint = torch.where(u(0, 1) < 0.3, u(0.5, 1.0), torch.ones(b, device=dev))
    x = x * faint[:, None, None, None]
    blur = (u(0, 1) < 0.3)[:, None, None, None]
    x = torch.where(blur, F.avg_pool2d(x, 3, 1, 1, count_include_pad=False), x)
    gamma = u(0.7, 1.4)[:, None, None, None]
    x = x.clamp(0, 1) ** gamma
    paper = torch.where(u(0, 1) < 0.3, u(0.0, 0.12), torch.zeros(b, device=dev))
    x = x + paper[:, None, None, None] * (1 - x)
    sigma = torch.where(u(0, 1) < 0.5, u(0.0, 0.06), torch.zeros(b, device=dev))
    x = x + torch.randn(x.shape, device=dev, generator=gen) * sigma[:, None, None, None]
    return x.clamp(0, 1), boxes


def focal_loss(logits, gt):
    p = torch.sigmoid(logits).clamp(1e-4, 1 - 1e-4)
    pos = gt.eq(1).float()
    neg = 1 - pos
    pos_loss = -(torch.log(p) * (1 - p) ** 2 * pos).sum()
    neg_loss = -(torch.log(1 - p) * p ** 2 * (1 - gt) ** 4 * neg).sum()
    return (pos_loss + neg_loss) / pos.sum().clamp(min=1)


def giou_loss(pred, target, weight):
    pl, pt, pr, pb = pred.unbind(1)
    tl, tt, tr, tb = target.unbind(1)
    pa = (pr - pl).clamp(min=0) * (pb - pt).clamp(min=0)
    ta = (tr - tl).clamp(min=0) * (tb - tt).clamp(min=0)
    iw = (torch.min(pr, tr) - torch.max(pl, tl)).clamp(min=0)
    ih = (torch.min(pb, tb) - torch.max(pt, tt)).clamp(min=0)
    inter = iw * ih
    union = pa + ta - inter + 1e-9
    cw = torch.max(pr, tr) - torch.min(pl, tl)
    ch = torch.max(pb, tb) - torch.min(pt, tt)
    hull = cw * ch + 1e-9
    giou = inter / union - (hull - union) / hull
    return ((1 - giou) * weight).sum() / weight.sum().clamp(min=1e-6)


# ---------------------------------------------------------------------------------------------
# decoding and evaluation (the Java engine decodes the same way)


def decode(heat, box, k=100, thresh=0.05, nms_iou=0.5):
    """heat: 11 x HO x WO sigmoid scores; box: 4 x HO x WO page-relative. -> list (cls, score, box)."""
    peaks = F.max_pool2d(heat[None], 3, 1, 1)[0]
    keep = (heat == peaks) & (heat >= thresh)
    cls, ys, xs = keep.nonzero(as_tuple=True)
    scores = heat[cls, ys, xs]
    order = scores.argsort(descending=True)[: k * 3]
    cands = [(int(cls[i]), float(scores[i]), box[:, ys[i], xs[i]].tolist()) for i in order]
    out = []
    for c, s, bx in cands:
        if any(o[0] == c and iou(o[2], bx) > nms_iou for o in out):
            continue
        out.append((c, s, bx))
        if len(out) >= k:
            break
    return out


def iou(a, b):
    iw = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    ih = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = iw * ih
    ua = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / ua if ua > 0 else 0.0


def average_precision(dets, gts, cls, thr):
    """COCO-style 101-point interpolated AP for one class at one IoU threshold."""
    npos = sum(1 for g in gts for c, _ in g if c == cls)
    if npos == 0:
        return None
    scored = []
    for img, ds in enumerate(dets):
        for c, s, bx in ds:
            if c == cls:
                scored.append((s, img, bx))
    scored.sort(key=lambda t: -t[0])
    used = [[False] * len(g) for g in gts]
    tp = []
    for s, img, bx in scored:
        best, bj = thr, -1
        for j, (c, gb) in enumerate(gts[img]):
            if c != cls or used[img][j]:
                continue
            v = iou(bx, gb)
            if v >= best:
                best, bj = v, j
        if bj >= 0:
            used[img][bj] = True
            tp.append(1)
        else:
            tp.append(0)
    tp = np.array(tp, dtype=np.float64)
    ctp = np.cumsum(tp)
    cfp = np.cumsum(1 - tp)
    rec = ctp / npos if len(tp) else np.zeros(0)
    prec = ctp / np.maximum(ctp + cfp, 1e-9) if len(tp) else np.zeros(0)
    for i in range(len(prec) - 2, -1, -1):
        prec[i] = max(prec[i], prec[i + 1])
    ap = 0.0
    for r in np.linspace(0, 1, 101):
        idx = np.searchsorted(rec, r, side="left")
        ap += prec[idx] if idx < len(prec) else 0.0
    return ap / 101


def evaluate(dets, gts):
    per_class = {}
    for c in range(NC):
        a50 = average_precision(dets, gts, c, 0.5)
        if a50 is None:
            continue
        aps = [average_precision(dets, gts, c, t) for t in np.arange(0.5, 0.96, 0.05)]
        per_class[CLASSES[c]] = {"ap50": a50, "ap": float(np.mean(aps))}
    m50 = float(np.mean([v["ap50"] for v in per_class.values()]))
    m = float(np.mean([v["ap"] for v in per_class.values()]))
    return {"mAP50": m50, "mAP": m, "classes": per_class}


@torch.no_grad()
def run_eval(model, xs, bs, device, limit=None):
    model.eval()
    exp = Exported(model)
    n = xs.shape[0] if limit is None else min(limit, xs.shape[0])
    dets, gts = [], []
    for i in range(0, n, 32):
        x = torch.from_numpy(xs[i: i + 32]).to(device).float().div(255)[:, None]
        heat, box = exp(x)
        for j in range(x.shape[0]):
            dets.append(decode(heat[j], box[j]))
            gts.append([(int(b[0]), list(map(float, b[1:]))) for b in bs[i + j] if b[0] >= 0])
    model.train()
    return evaluate(dets, gts)


# ---------------------------------------------------------------------------------------------
# training


def train(args):
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device("cuda" if torch.cuda.is_available() and not args.cpu else "cpu")
    torch.backends.cudnn.benchmark = True
    data = np.load(args.data)
    tx, tb = data["train_x"], data["train_b"]
    vx, vb = data["val_x"], data["val_b"]
    os.makedirs(args.out, exist_ok=True)
    log = open(os.path.join(args.out, "train.log"), "a", encoding="utf-8")

    def say(msg):
        print(msg, flush=True)
        log.write(msg + "\n")
        log.flush()

    hw = torch.cuda.get_device_name(0) if device.type == "cuda" else f"CPU x{torch.get_num_threads()}"
    say(f"torch {torch.__version__} on {hw}; {len(tx)} train pages, {len(vx)} held-out pages")
    xs_dev = torch.from_numpy(tx).to(device)
    bs_dev = torch.from_numpy(tb).to(device)
    model = LayoutNet().to(device)
    nparams = sum(p.numel() for p in model.parameters())
    say(f"parameters: {nparams}")
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-4)
    gen = torch.Generator(device=device)
    gen.manual_seed(args.seed)
    index = np.arange(len(tx))
    if args.oversample_last:
        k, times = args.oversample_last
        index = np.concatenate([index] + [np.arange(len(tx) - k, len(tx))] * (times - 1))
        say(f"oversampling the last {k} train pages x{times}: {len(index)} pages per epoch")
    index_dev = torch.from_numpy(index).to(device)
    n = len(index)
    steps_per_epoch = max(1, n // args.batch)
    if args.smoke:
        steps_per_epoch = 2
        vx, vb = vx[:4], vb[:4]
    epochs = args.epochs
    total = epochs * steps_per_epoch
    start = time.time()
    step = 0
    perm_gen = np.random.default_rng(args.seed)
    epoch = 0
    while epoch < epochs:
        perm = torch.from_numpy(perm_gen.permutation(n)).to(device)
        for s in range(steps_per_epoch):
            idx = index_dev[perm[s * args.batch: (s + 1) * args.batch]]
            x = xs_dev[idx].float().div(255)[:, None]
            boxes = bs_dev[idx]
            x, boxes = augment(x, boxes, gen)
            heat_t, box_t, weight = make_targets(boxes, device)
            lr = args.lr * 0.5 * (1 + math.cos(math.pi * step / total))
            if step < 100:
                lr *= (step + 1) / 100
            for g in opt.param_groups:
                g["lr"] = lr
            heat, reg = model(x)
            lh = focal_loss(heat, heat_t)
            lb = giou_loss(model.decode_boxes(reg), box_t, weight)
            loss = lh + 2.0 * lb
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            step += 1
            if step == 300 and args.budget_s:
                # fit the epochs into the time budget (the count is logged for reproduction)
                per_step = (time.time() - start) / step
                fit = int(args.budget_s / (per_step * steps_per_epoch))
                if fit < epochs:
                    epochs = max(1, fit)
                    total = epochs * steps_per_epoch
                    say(f"time budget {args.budget_s}s: {epochs} epochs")
            if step % 50 == 0:
                say(f"epoch {epoch} step {step}/{total} loss {loss.item():.4f} heat {lh.item():.4f}"
                    f" giou {lb.item():.4f} lr {lr:.5f} {time.time() - start:.0f}s")
        epoch += 1
        torch.save({"model": model.state_dict(), "epoch": epoch},
                   os.path.join(args.out, "checkpoint.pt"))
        if args.eval_every and epoch % args.eval_every == 0 and epoch < epochs:
            r = run_eval(model, vx, vb, device, limit=200)
            say(f"epoch {epoch} held-out mAP50 {r['mAP50']:.4f} mAP {r['mAP']:.4f}")
    train_s = time.time() - start
    say(f"trained {epochs} epochs, {step} steps, batch {args.batch} in {train_s:.0f}s")
    result = run_eval(model, vx, vb, device)
    result.update({"epochs": epochs, "steps": step, "batch": args.batch, "train_seconds": train_s,
                   "hardware": hw, "torch": torch.__version__, "parameters": nparams,
                   "train_pages": int(len(tx)), "heldout_pages": int(len(vx)), "seed": args.seed})
    say(json.dumps(result, indent=1))
    with open(os.path.join(args.out, "metrics.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)
    export(model.cpu(), args.out, vx[:4], say)


def export(model, out, sample, say):
    model.eval()
    exp = Exported(model).eval()
    x = torch.from_numpy(sample).float().div(255)[:, None][:1]
    path = os.path.join(out, "model.onnx")
    kwargs = dict(opset_version=13, input_names=["ink"], output_names=["heat", "box"],
                  do_constant_folding=True)
    try:
        torch.onnx.export(exp, x, path, dynamo=False, **kwargs)
    except TypeError:  # torch < 2.5 has no dynamo argument
        torch.onnx.export(exp, x, path, **kwargs)
    with torch.no_grad():
        heat, box = exp(x)
    np.save(os.path.join(out, "sample_input.npy"), x.numpy())
    np.save(os.path.join(out, "sample_heat.npy"), heat.numpy())
    np.save(os.path.join(out, "sample_box.npy"), box.numpy())
    try:
        import onnxruntime as ort
        sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
        h2, b2 = sess.run(None, {"ink": x.numpy()})
        say(f"onnxruntime vs torch: heat max|d| {np.abs(h2 - heat.numpy()).max():.2e},"
            f" box max|d| {np.abs(b2 - box.numpy()).max():.2e}")
    except ImportError:
        say("onnxruntime not installed here: compare in Java (LayoutModelParityTest)")
    say(f"exported {path} ({os.path.getsize(path)} bytes)")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pack")
    p.add_argument("dirs", nargs="+")
    p.add_argument("--out", required=True)
    p.add_argument("--max-val", type=int)
    p.add_argument("--max-train", type=int)
    p.add_argument("--val-from-first", action="store_true",
                   help="held-out pages only from the first folder (later ones may repeat)")
    t = sub.add_parser("train")
    t.add_argument("--data", required=True)
    t.add_argument("--out", required=True)
    t.add_argument("--epochs", type=int, default=60)
    t.add_argument("--batch", type=int, default=32)
    t.add_argument("--lr", type=float, default=2e-3)
    t.add_argument("--seed", type=int, default=2026)
    t.add_argument("--budget-s", type=float, default=0)
    t.add_argument("--eval-every", type=int, default=10)
    t.add_argument("--threads", type=int, default=0)
    t.add_argument("--cpu", action="store_true")
    t.add_argument("--oversample-last", type=int, nargs=2, metavar=("K", "TIMES"),
                   help="repeat the last K train pages (e.g. the scans packed last) TIMES times")
    t.add_argument("--smoke", action="store_true", help="two steps per epoch, four held-out pages")
    e = sub.add_parser("export")
    e.add_argument("--checkpoint", required=True)
    e.add_argument("--data", required=True)
    e.add_argument("--out", required=True)
    args = ap.parse_args()
    if args.cmd == "pack":
        pack(args)
    elif args.cmd == "train":
        train(args)
    else:
        model = LayoutNet()
        model.load_state_dict(torch.load(args.checkpoint, map_location="cpu")["model"])
        export(model, args.out, np.load(args.data)["val_x"][:4], print)


if __name__ == "__main__":
    main()
