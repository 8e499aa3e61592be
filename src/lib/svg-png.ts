/**
 * An SVG file rasterised to PNG in the browser: the SVG is loaded as an image from a
 * `data:` address (the only thing the page's `img-src 'self' data:` needs; see
 * docs/deployment.md), drawn on a canvas `scale` times larger, and encoded. An SVG
 * image with no external references and no foreignObject leaves the canvas readable.
 */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
