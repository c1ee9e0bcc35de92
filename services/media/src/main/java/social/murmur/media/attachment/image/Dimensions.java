package social.murmur.media.attachment.image;

/** A width and a height in pixels. */
public record Dimensions(int width, int height) {

	public long pixels() {
		return (long) this.width * this.height;
	}

	public Dimensions swapped() {
		return new Dimensions(this.height, this.width);
	}

	/**
	 * The largest size with the same aspect ratio that fits in the box, never larger than
	 * this one (images are not upscaled). Each side is at least one pixel.
	 */
	public Dimensions fitWithin(int boxWidth, int boxHeight) {
		if (this.width <= boxWidth && this.height <= boxHeight) {
			return this;
		}
		double scale = Math.min((double) boxWidth / this.width, (double) boxHeight / this.height);
		int w = (int) Math.clamp(Math.round(this.width * scale), 1, boxWidth);
		int h = (int) Math.clamp(Math.round(this.height * scale), 1, boxHeight);
		return new Dimensions(w, h);
	}

	/**
	 * The largest centred region with the given aspect ratio (as a width and height, such
	 * as 3 by 1) that this size holds. Each side is at least one pixel.
	 */
	public Dimensions cropTo(Dimensions aspect) {
		if ((long) this.width * aspect.height() > (long) this.height * aspect.width()) {
			long w = Math.round((double) this.height * aspect.width() / aspect.height());
			return new Dimensions((int) Math.clamp(w, 1, this.width), this.height);
		}
		long h = Math.round((double) this.width * aspect.height() / aspect.width());
		return new Dimensions(this.width, (int) Math.clamp(h, 1, this.height));
	}

}
