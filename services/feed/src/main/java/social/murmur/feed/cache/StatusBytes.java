package social.murmur.feed.cache;

import java.io.IOException;
import java.util.OptionalLong;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.users.v1.Account;

/**
 * Reads the author's id from an encoded {@link Status} without decoding the rest: the
 * fields are walked and skipped, and only the author's id is read. Hydrating a page needs
 * the authors before anything else, and decoding whole statuses for them cost more than
 * the rest of a read whose renderings are kept.
 */
final class StatusBytes {

	private static final int ACCOUNT_TAG = tag(Status.ACCOUNT_FIELD_NUMBER, WireFormat.WIRETYPE_LENGTH_DELIMITED);

	private static final int ACCOUNT_ID_TAG = tag(Account.ID_FIELD_NUMBER, WireFormat.WIRETYPE_VARINT);

	private StatusBytes() {
	}

	/**
	 * The id of the status's author, or none if the bytes are not a well-formed status
	 * with an author.
	 */
	static OptionalLong authorId(byte[] status) {
		try {
			CodedInputStream in = CodedInputStream.newInstance(status);
			long authorId = 0;
			for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
				if (tag == ACCOUNT_TAG) {
					int outer = in.pushLimit(in.readRawVarint32());
					for (int field = in.readTag(); field != 0; field = in.readTag()) {
						if (field == ACCOUNT_ID_TAG) {
							authorId = in.readInt64();
						}
						else if (!in.skipField(field)) {
							return OptionalLong.empty();
						}
					}
					in.popLimit(outer);
				}
				else if (!in.skipField(tag)) {
					// An end-group tag outside a group.
					return OptionalLong.empty();
				}
			}
			return (authorId != 0) ? OptionalLong.of(authorId) : OptionalLong.empty();
		}
		catch (IOException ex) {
			// From an array, only InvalidProtocolBufferException: not a status.
			return OptionalLong.empty();
		}
	}

	private static int tag(int fieldNumber, int wireType) {
		return (fieldNumber << 3) | wireType;
	}

}
