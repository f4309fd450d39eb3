"""bouncebot: returns work that NHS providers pass to GP practices against the Standard Contract."""

__version__ = "0.1.0"
