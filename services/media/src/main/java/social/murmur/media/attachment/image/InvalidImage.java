package social.murmur.media.attachment.image;

/** An upload that is not an image Murmur accepts; the message is shown to the client. */
public class InvalidImage extends Exception {

	public InvalidImage(String message) {
		super(message, null, false, false);
	}

}
