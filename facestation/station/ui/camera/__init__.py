"""The station's camera on the Qt side: `qt_camera` (QtMultimedia cameras feeding a PushFrameSource),
`pipeline_bridge` (the quality pipeline's worker-thread callbacks as GUI-thread signals) and `choice`
(CameraChoice: the core's camera rules with QtMultimedia's cameras and translated texts).

The Qt-free parts (sources, the pipeline, the choice rules) are in `facestation.station.core.camera`. Nothing is
imported here, so that importing the bridge does not load QtMultimedia.
"""
