package io.perforch.datasets.catalog;

/**
 * One file of a dataset's public release, pinned by the SHA-256 of its bytes as served.
 *
 * @param fileName name it is stored under locally
 * @param path where it lives relative to the dataset's base URL
 * @param sha256 hex digest of the file as downloaded
 * @param language the language the file holds, or null when it holds several
 */
public record RemoteFile(String fileName, String path, String sha256, String language) {}
